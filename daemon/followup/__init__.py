"""interview-followup: reads a job seeker's mailbox and drafts the right follow-up in time.

The pure core (model, machine, timing, classify, timeline) takes `now` and data and returns data;
everything that touches a socket, a file or the clock lives in the shell modules.
"""

__version__ = "0.1.0"
