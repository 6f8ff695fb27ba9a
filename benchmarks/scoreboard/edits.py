"""Injected edits: one sentence of one source changed in a copy of a real story.

Stories are the ten NewsWCL50 events and, from each ECB+ development topic, each of
its two events (the five documents that share the most gold event links). An edit
goes only into a sentence that another source of the story corroborates, so that a
cross-source checker can see it at all: in ECB+, a sentence gold-linked to another
document's; in NewsWCL50, a sentence sharing four or more content words (and two
fifths of the shorter one's) with another source's sentence. Number, date and name
edits also need the corroborating sentence to hold a number, a date or the name.

For each edit the story is run twice (the original once per story) and the edit is
*detected* when a conflict or nuance finding holds the edited claim on a field that
did not already flag the claim in the original. A control edit (synonym, reordered
clause, weekday for its date) must not be detected: that would be a false flag.
Everything is drawn from one seeded ``random.Random``, so the same seed gives the
same edits.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scoreboard.ecb import shared_scorer
from scoreboard.edit_types import EDIT_TYPES, EditType, has_date, has_number
from scoreboard.runner import ROOT, Runner
from scoreboard.stories import field_family, flagged_findings

CORPORA = ROOT.parent / "shared" / "corpora"
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "you",
        "his",
        "her",
        "their",
        "our",
        "said",
        "says",
        "will",
        "would",
        "not",
        "no",
        "after",
        "before",
        "about",
        "over",
        "into",
        "than",
        "then",
        "there",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "also",
        "more",
        "most",
        "some",
        "any",
        "can",
        "could",
        "may",
        "might",
    ]
)
ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|No|Inc|Corp|Co|vs|etc|Jan|Feb|Aug|"
    r"Sept|Oct|Nov|Dec|[A-Z])\.$"
)
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")
SHARED_WORDS = 4
SHARED_SHARE = 0.4
ECB_DOCS = 5


@dataclass
class Story:
    """A folder's worth of articles held in memory, with the sentences edits may touch."""

    name: str
    corpus: str  # "newswcl50" or "ecb"
    files: dict[str, str]  # file name -> text
    published: dict[str, dt.date | None]
    sentences: dict[str, list[tuple[int, int]]]  # file name -> editable sentence spans
    counterparts: dict[tuple[str, int], list[str]]  # (file, sentence i) -> sentences elsewhere
    names: dict[str, list[str]] = field(default_factory=dict)  # label -> names in the story


@dataclass(frozen=True)
class InjectedEdit:
    number: int
    kind: str
    control: bool
    story: str
    corpus: str
    file: str
    start: int  # in the file's text
    end: int
    old: str
    new: str
    sentence: str


@dataclass
class EditResult:
    edit: InjectedEdit
    detected: bool
    reached: bool  # the edited words lie in a claim of the edited report
    findings: list[str]


def content_words(text: str) -> set[str]:
    return {
        w
        for w in re.findall(r"[a-z0-9][a-z0-9'-]+", text.lower())
        if len(w) > 2 and w not in STOPWORDS
    }


def split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (abbreviations such as 'Mr.' do not end one)."""
    begin = start
    for m in SENTENCE_END.finditer(text, start, end):
        stop = m.start() + 1
        if ABBREVIATIONS.search(text[begin:stop]):
            continue
        yield begin, m.start() + len(m.group().rstrip())
        begin = m.end()
    if begin < end:
        yield begin, end


def body_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of an article's body: front matter and headings skipped."""
    offset = 0
    if text.startswith("---"):
        close = text.find("\n---", 3)
        offset = text.find("\n", close + 4) + 1 if close >= 0 else 0
    spans = []
    for m in re.finditer(r"[^\n]+", text[offset:]):
        s, e = m.start() + offset, m.end() + offset
        line = text[s:e]
        if line.lstrip().startswith(("#", "!", "[", ">")) or len(line.split()) < 6:
            continue
        for a, b in split_sentences(text, s, e):
            sentence = text[a:b].strip()
            if 6 <= len(sentence.split()) <= 60:
                lead = len(text[a:b]) - len(text[a:b].lstrip())
                spans.append((a + lead, a + lead + len(sentence)))
    return spans


def front_matter_date(text: str) -> dt.date | None:
    if not text.startswith("---"):
        return None
    close = text.find("\n---", 3)
    try:
        meta = yaml.safe_load(text[3:close]) or {}
    except yaml.YAMLError:
        return None
    value = meta.get("published") if isinstance(meta, dict) else None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def newswcl50_stories() -> list[Story]:
    """The ten NewsWCL50 events, with counterparts found by shared content words."""
    stories = []
    for folder in sorted((CORPORA / "newswcl50").glob("event-*")):
        files = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}
        sentences = {name: body_sentences(text) for name, text in files.items()}
        words = {
            (name, i): content_words(files[name][s:e])
            for name, spans in sentences.items()
            for i, (s, e) in enumerate(spans)
        }
        counterparts: dict[tuple[str, int], list[str]] = {}
        for (name, i), mine in words.items():
            for (other, j), theirs in words.items():
                shared = len(mine & theirs)
                if (
                    other != name
                    and shared >= SHARED_WORDS
                    and shared >= SHARED_SHARE * min(len(mine), len(theirs))
                ):
                    s, e = sentences[other][j]
                    counterparts.setdefault((name, i), []).append(files[other][s:e])
        published = {name: front_matter_date(text) for name, text in files.items()}
        stories.append(Story(folder.name, "newswcl50", files, published, sentences, counterparts))
    return stories


def ecb_stories(work: Path) -> list[Story]:
    """Each ECB+ topic's two events, the five best-linked documents of each."""
    shared = shared_scorer()
    docs, mentions = shared.load()
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for d in docs:
        groups.setdefault((d["topic"], d["subtopic"]), []).append(d)
    stories = []
    for (topic, sub), members in sorted(groups.items(), key=lambda kv: (int(kv[0][0]), kv[0][1])):
        members.sort(key=lambda d: d["doc"])
        _selected, links = shared.gold_links(members, mentions)
        degree = Counter(doc for pair in links for doc, _ in pair)
        chosen = sorted(members, key=lambda d: (-degree[d["doc"]], d["doc"]))[:ECB_DOCS]
        if len(chosen) < 2:
            continue
        chosen.sort(key=lambda d: d["doc"])
        folder = work / f"ecb-{topic}-{sub}"
        offsets, _sub = shared.write_topic(chosen, folder)
        files = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}
        names = {d["doc"]: f"{d['doc']}.md" for d in chosen}
        sentences: dict[str, list[tuple[int, int]]] = {n: [] for n in files}
        index: dict[tuple[str, int], tuple[str, int]] = {}
        for d in chosen:
            for i, span in enumerate(offsets[d["doc"]]):
                if span is not None:
                    name = names[d["doc"]]
                    index[(d["doc"], i)] = (name, len(sentences[name]))
                    sentences[name].append(span)
        counterparts: dict[tuple[str, int], list[str]] = {}
        for a, b in sorted(links):
            if a in index and b in index:
                for x, y in ((a, b), (b, a)):
                    name, j = index[y]
                    s, e = sentences[name][j]
                    counterparts.setdefault(index[x], []).append(files[name][s:e])
        published = {name: front_matter_date(text) for name, text in files.items()}
        stories.append(
            Story(f"ecb-{topic}-{sub}", "ecb", files, published, sentences, counterparts)
        )
    return stories


NAME_LABELS = ("PERSON", "GPE")


def add_names(stories: list[Story], spacy_model: str) -> None:
    """People (two words or more) and places named in each story, from spaCy's NER."""
    from checkfacts.nlp import pipeline

    nlp = pipeline(spacy_model)
    for story in stories:
        found: dict[str, set[str]] = {label: set() for label in NAME_LABELS}
        for name, spans in story.sentences.items():
            for doc in nlp.pipe(story.files[name][s:e] for s, e in spans):
                for ent in doc.ents:
                    text = ent.text.strip()
                    if ent.label_ == "PERSON" and len(text.split()) < 2:
                        continue
                    if ent.label_ in found and text[:1].isupper() and not set(text) & set(".\n"):
                        found[ent.label_].add(text)
        story.names = {label: sorted(names) for label, names in found.items()}


def name_edit(story: Story, sentence: str, rng: random.Random) -> tuple[int, int, str] | None:
    """A person or place swapped for another one the same story names."""
    options = []
    for label in NAME_LABELS:
        for name in story.names.get(label, []):
            for m in re.finditer(rf"\b{re.escape(name)}\b", sentence):
                options.append((label, name, m.start(), m.end()))
    if not options:
        return None
    label, name, start, end = rng.choice(sorted(options))
    own = set(name.lower().split())
    others = [
        n for n in story.names[label] if n not in sentence and not own & set(n.lower().split())
    ]
    if not others:
        return None
    return start, end, rng.choice(others)


def candidates(story: Story, kind: EditType, rng: random.Random) -> list[InjectedEdit]:
    """Every edit of ``kind`` the story allows, in a stable order."""
    out = []
    for name in sorted(story.sentences):
        text = story.files[name]
        for i, (s, e) in enumerate(story.sentences[name]):
            others = story.counterparts.get((name, i), [])
            if not others:
                continue
            sentence = text[s:e]
            if kind.name == "name":
                edit = name_edit(story, sentence, rng)
            elif kind.name == "weekday-date":
                edit = kind.apply(sentence, rng, story.published.get(name))
            else:
                edit = kind.apply(sentence, rng)
            if edit is None:
                continue
            a, b, new = edit
            old = sentence[a:b]
            if kind.needs == "number" and not any(has_number(o) for o in others):
                continue
            if kind.needs == "date" and not any(has_date(o) for o in others):
                continue
            if kind.needs == "name" and not any(old in o or old.split()[-1] in o for o in others):
                continue
            out.append(
                InjectedEdit(
                    0,
                    kind.name,
                    kind.control,
                    story.name,
                    story.corpus,
                    name,
                    s + a,
                    s + b,
                    old,
                    new,
                    sentence,
                )
            )
    return out


def draw(stories: list[Story], total: int, seed: int) -> list[InjectedEdit]:
    """About ``total`` edits, spread over types, both corpora and the stories."""
    rng = random.Random(seed)
    facts = [t for t in EDIT_TYPES if not t.control]
    controls = [t for t in EDIT_TYPES if t.control]
    per_fact = max(1, round(total * 0.7 / len(facts)))
    per_control = max(1, round(total * 0.3 / len(controls)))
    chosen: list[InjectedEdit] = []
    for kind in EDIT_TYPES:
        want = per_control if kind.control else per_fact
        pools: dict[str, list[InjectedEdit]] = {}
        for story in stories:
            found = candidates(story, kind, rng)
            rng.shuffle(found)
            if found:
                pools.setdefault(story.corpus, []).append(found)  # one list per story
        picked: list[InjectedEdit] = []
        corpora = sorted(pools)
        turn = 0
        while len(picked) < want and any(any(p) for p in pools.values()):
            corpus = corpora[turn % len(corpora)]
            turn += 1
            stories_left = [p for p in pools[corpus] if p]
            if not stories_left:
                continue
            pool = stories_left[(turn // len(corpora)) % len(stories_left)]
            picked.append(pool.pop())
        chosen.extend(picked)
    return [
        InjectedEdit(n, *(getattr(e, f) for f in list(InjectedEdit.__dataclass_fields__)[1:]))
        for n, e in enumerate(chosen, 1)
    ]


def claims_at(report: dict[str, Any], file: str, start: int, end: int) -> set[str]:
    """Claims of source ``file`` whose span overlaps [start, end)."""
    stem = Path(file).stem
    source = next((s["id"] for s in report["sources"] if Path(s["path"]).stem == stem), stem)
    return {
        c["id"]
        for c in report["claims"]
        if c["source_id"] == source and c["span"][0] < end and start < c["span"][1]
    }


def flagged_on(report: dict[str, Any], claim_ids: set[str]) -> list[dict[str, Any]]:
    """Flagged findings whose groups hold any of ``claim_ids``."""
    return [
        f for _k, f in flagged_findings(report) if claim_ids & {c for g in f["groups"] for c in g}
    ]


def judge_edit(edit: InjectedEdit, original: dict[str, Any], edited: dict[str, Any]) -> EditResult:
    """Whether the edited claim is flagged on a field that did not flag it before."""
    before = claims_at(original, edit.file, edit.start, edit.end)
    stop = edit.start + max(len(edit.new), 1)
    after = claims_at(edited, edit.file, edit.start, stop)
    already = {field_family(f["field"]) for f in flagged_on(original, before)}
    new = [f for f in flagged_on(edited, after) if field_family(f["field"]) not in already]
    lines = [f"{f['verdict']} {f['field']} ({f.get('rule')})" for f in new]
    return EditResult(edit, bool(new), bool(after), lines)


def write_story(folder: Path, story: Story, edit: InjectedEdit | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in story.files.items():
        if edit is not None and name == edit.file:
            text = text[: edit.start] + edit.new + text[edit.end :]
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run_edits(
    runner: Runner, work: Path, total: int, seed: int, spacy_model: str
) -> list[EditResult]:
    """Draw the edits, run the originals and each edited copy, and judge every edit."""
    stories = newswcl50_stories() + ecb_stories(work / "ecb-stories")
    add_names(stories, spacy_model)
    edits = draw(stories, total, seed)
    by_name = {s.name: s for s in stories}
    originals: dict[str, dict[str, Any]] = {}
    results = []
    for edit in edits:
        story = by_name[edit.story]
        if story.name not in originals:
            folder = write_story(work / "original" / story.name, story)
            originals[story.name] = runner.report(folder)
        folder = write_story(work / "edited" / f"{edit.number:03d}" / story.name, story, edit)
        results.append(judge_edit(edit, originals[story.name], runner.report(folder)))
    return results
