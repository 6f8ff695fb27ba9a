"""Field extractors: one module per field family, each an :class:`~.interface.Extractor`."""
