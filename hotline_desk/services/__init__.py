"""Use cases that the GUI, the poller and the CLI all call."""
