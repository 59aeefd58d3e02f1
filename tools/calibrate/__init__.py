"""Fitting the confidence calibration of policy-core on the open half of golden/."""
