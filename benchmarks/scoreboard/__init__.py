"""The scoreboard behind ``nox -s eval``: gold, scorers and the in-process runner.

One module per measured set, each a plain function from a report (the JSON contract,
as a dict) and its gold to counts, so that tests can score small hand-made reports:

- ``gold``: the editor gold for NewsWCL50 stories (read first, judged findings after);
- ``stories``: flagged precision and recall, agree-over-disagreement, facts lined up;
- ``ecb``: alignment against ECB+ cross-document event chains, beside the naive peer;
- ``edits``: seeded edits injected into real stories, recall by type, controls;
- ``pile``: every shared article in one folder, split into stories, against gold stories;
- ``runner``: checkfacts run in this process, the model loaded once.
"""
