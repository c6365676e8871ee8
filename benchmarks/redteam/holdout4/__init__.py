"""v4 hold-out (session 5): builders of the sealed, mostly hand-written red-team set."""
