"""pii_scanner: find and classify personal data (CPR, personnummer, names...) in Nordic organisations.

Stages, each a subpackage, data flowing one way:
sources -> extract -> detect -> classify -> store -> reports.
"""

from pii_scanner.api import scan
from pii_scanner.core.config import ScanConfig, load_config

__all__ = ["ScanConfig", "load_config", "scan"]
__version__ = "0.1.0"
