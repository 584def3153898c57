"""Or Communities (קהילות אור): a desktop workspace for city community managers."""

__version__ = "0.1.0"
APP_NAME = "Or Communities"
ORGANIZATION = "Or Communities"
WORKSPACE_SUFFIX = ".orcity"
