"""Runs glide on a pseudo-terminal nobody reads, then sends it SIGTERM.

Usage: unread_pty.py GLIDE ARGS...

The pty is made large and resized back and forth, so whole frames fill what the kernel
holds until the terminal's buffers stay full: from then on every write glide makes would
wait. Then SIGTERM; glide must exit while the terminal still reads nothing. Prints one
JSON line: whether the output was found blocked, and glide's exit status (or null when it
did not exit within the deadline, after which it is killed).
"""
import fcntl
import json
import os
import signal
import struct
import subprocess
import sys
import termios
import time


def set_size(fd, rows, columns):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def unread(fd):
    data = fcntl.ioctl(fd, termios.FIONREAD, struct.pack("i", 0))
    return struct.unpack("i", data)[0]


def main():
    master, slave = os.openpty()
    set_size(slave, 80, 250)

    def controlling_terminal():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    child = subprocess.Popen(
        sys.argv[1:], stdin=slave, stdout=slave, stderr=slave, env=env,
        preexec_fn=controlling_terminal, close_fds=True)
    os.close(slave)
    # Resize until what waits unread stops growing: the terminal's buffers are full.
    steady, last, blocked = 0, -1, False
    deadline = time.monotonic() + 30
    flip = False
    while time.monotonic() < deadline and child.poll() is None:
        flip = not flip
        set_size(master, 80 if flip else 79, 250 if flip else 249)
        time.sleep(0.2)
        pending = unread(master)
        steady = steady + 1 if pending == last else 0
        last = pending
        # Linux's line discipline holds 4 KiB for the reader: full, and steady.
        if steady >= 5 and pending >= 4000:
            blocked = True
            break
    started = time.monotonic()
    child.send_signal(signal.SIGTERM)
    status = None
    try:
        status = child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    print(json.dumps({
        "blocked": blocked, "unread": last, "status": status,
        "seconds": round(time.monotonic() - started, 3)}))
    os.close(master)


main()
