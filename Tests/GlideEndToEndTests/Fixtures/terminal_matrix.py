"""Drives one glide session on a pseudo-terminal of a given TERM and reads every byte
through pyte, a VT emulator of its own, at each screen that matters.

Usage: terminal_matrix.py GLIDE ROUTINE TERM...

For each TERM: get-ready, the roll (with its pacer), the help, the reps, the summary. The
clock runs at a thousandth of its speed, so every terminal shows the same moment. Prints
one JSON object: per TERM, per screen, the screen's text and what is wrong with it:
  padding     terminfo delays ($<..>) among the bytes or on the screen;
  escapes     an escape byte or a control sequence's remains on the screen;
  unreadable  cells whose colour is their background's (row, column, char, fg, bg);
  cursorOutOfTheWay  whether the cursor is hidden or parked in the bottom-right corner.
"""
import fcntl
import json
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time

import pyte

WIDTH, HEIGHT = 80, 24
# The 16 colours as xterm shows them, white on black by default (xterm's own -rv look,
# and the Linux console's).
NAMED = {
    "black": "000000", "red": "cd0000", "green": "00cd00", "brown": "cdcd00",
    "blue": "0000ee", "magenta": "cd00cd", "cyan": "00cdcd", "white": "e5e5e5",
    "brightblack": "7f7f7f", "brightred": "ff0000", "brightgreen": "00ff00",
    "brightbrown": "ffff00", "brightblue": "5c5cff", "brightmagenta": "ff00ff",
    "brightcyan": "00ffff", "brightwhite": "ffffff",
}
DEFAULT_FG, DEFAULT_BG = "e5e5e5", "000000"


def colour(value, default, bold=False):
    if value == "default":
        return default
    if value in NAMED:
        # Bold brightens the 8 colours, as xterm and the console draw it.
        if bold and not value.startswith("bright"):
            return NAMED["bright" + value]
        return NAMED[value]
    return value.lower()


def unreadable_cells(screen):
    found = []
    for row in range(screen.lines):
        line = screen.buffer[row]
        for column in range(screen.columns):
            char = line[column]
            if char.data.strip() == "":
                continue
            fg = colour(char.fg, DEFAULT_FG, char.bold)
            bg = colour(char.bg, DEFAULT_BG)
            if char.reverse:
                fg, bg = bg, fg
            if fg == bg:
                found.append([row, column, char.data, fg, bg])
    return found


class Session:
    def __init__(self, argv, term):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
        env = dict(os.environ, TERM=term, LANG="C.UTF-8")
        env.pop("NO_COLOR", None)

        def controlling_terminal():
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.child = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env,
            preexec_fn=controlling_terminal, close_fds=True)
        os.close(slave)
        self.screen = pyte.Screen(WIDTH, HEIGHT)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = b""

    def pump(self, seconds):
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return
            ready, _, _ = select.select([self.master], [], [], left)
            if not ready:
                continue
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            self.raw += data
            self.stream.feed(data)

    def text(self):
        return "\n".join(self.screen.display)

    def settle(self, quiet=0.15, longest=3):
        """Reads until the terminal has been quiet for `quiet` seconds: the frame is whole."""
        end = time.monotonic() + longest
        while time.monotonic() < end:
            before = len(self.raw)
            self.pump(quiet)
            if len(self.raw) == before:
                return

    def wait_for(self, needle, deadline=20):
        end = time.monotonic() + deadline
        while time.monotonic() < end:
            if needle in self.text():
                # Let the frame finish arriving.
                self.settle()
                return True
            self.pump(0.02)
        return False

    def key(self, data):
        os.write(self.master, data)

    def close(self):
        if self.child.poll() is None:
            self.child.send_signal(signal.SIGTERM)
        try:
            self.child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.child.kill()
            self.child.wait()
        os.close(self.master)


CSI_REMAINS = re.compile(r"\[[0-9;?]*[A-Za-z]|\x1b")

# (name, key sent before, text that says the screen is there)
STEPS = [
    ("get-ready", b"", "GET READY"),
    ("roll", b"n", "ROLL"),
    ("help", b"?", "this help"),
    ("reps", b"\x1bn", "REPS"),
    ("summary", b"qy", "Session ended early"),
]


def run(glide, routine, term):
    session = Session([glide, "run", routine, "--time-scale", "0.001", "--sound", "off",
                       "--no-title", "--log", os.environ["GLIDE_MATRIX_LOG"]], term)
    screens = {}
    try:
        for name, keys, needle in STEPS:
            before = len(session.raw)
            for byte in keys:
                session.key(bytes([byte]))
                # A lone escape is told from an alt- key by the gap after it (25 ms).
                session.pump(0.2 if byte == 0x1B else 0.02)
            shown = session.wait_for(needle)
            raw = session.raw[before:]
            screens[name] = {
                "shown": shown,
                "text": session.text(),
                "padding": b"$<" in raw or "$<" in session.text(),
                "escapes": sorted(set(CSI_REMAINS.findall(session.text()))),
                "unreadable": unreadable_cells(session.screen),
                # Hidden, or parked in the bottom-right corner where the terminal cannot
                # hide it.
                "cursorOutOfTheWay": session.screen.cursor.hidden or (
                    session.screen.cursor.y == HEIGHT - 1
                    and session.screen.cursor.x >= WIDTH - 1),
            }
    finally:
        session.close()
    return screens


def main():
    glide, routine, terms = sys.argv[1], sys.argv[2], sys.argv[3:]
    print(json.dumps({term: run(glide, routine, term) for term in terms}))


main()
