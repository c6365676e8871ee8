"""Stage 4: item -> categories, document type, risk and policy flags."""

from pii_scanner.classify.policy import apply_item_flags, apply_tree_flags

__all__ = ["apply_item_flags", "apply_tree_flags"]
