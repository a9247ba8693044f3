"""Prints the functions of the glide binary that callgrind saw run, hottest first.

Reads callgrind output files written with --demangle=no; a function's cost is the
instructions run in its own body, summed over the files and over callgrind's recursion
levels ("name'2" is name). Names callgrind could not find a symbol for ("0x...") and its
own entries ("(below main)") cannot be given to the linker and are left out.
"""

import collections
import re
import sys

ENTRY = re.compile(r"^(c?)(ob|fn)=\((\d+)\)(?: (.*))?$")
COST = re.compile(r"^(?:[+-]?\d+|\*) (\d+)$")
RECURSION = re.compile(r"'\d+$")


def costs(path, cost):
    """Adds the self cost of each function of the glide binary in one file to `cost`."""
    objects, functions = {}, {}
    current_object = current_function = None
    call_line = False
    with open(path, errors="replace") as lines:
        for line in lines:
            line = line.rstrip("\n")
            entry = ENTRY.match(line)
            if entry:
                callee, kind, number, name = entry.groups()
                table = objects if kind == "ob" else functions
                if name is not None:
                    table[number] = name
                if not callee:
                    if kind == "ob":
                        current_object = objects[number]
                    else:
                        current_function = functions[number]
                continue
            if line.startswith("calls="):
                call_line = True  # the next line is the call's inclusive cost
                continue
            if call_line:
                call_line = False
                continue
            match = COST.match(line)
            if match and current_function and (current_object or "").endswith("/glide"):
                cost[RECURSION.sub("", current_function)] += int(match.group(1))


def main():
    cost = collections.Counter()
    for path in sys.argv[1:]:
        costs(path, cost)
    for name, _ in sorted(cost.items(), key=lambda item: (-item[1], item[0])):
        if not name.startswith(("0x", "(")):
            print(name)


main()
