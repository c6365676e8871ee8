"""pandas frames and plots for analysts and notebooks."""
