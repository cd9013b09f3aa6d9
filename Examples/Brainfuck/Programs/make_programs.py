#!/usr/bin/env python3
"""Writes hello.b and rot13.b (both generated here, for this repository).

    python3 Examples/Brainfuck/Programs/make_programs.py

hello.b: each character is reached from the previous one with a multiplication loop in cell 0.
rot13.b: for each input byte c (until the end of the input, read as 0) it computes
delta(c) = +13 for A..M and a..m, -13 for N..Z and n..z, 0 otherwise, by counting a copy of c
down to zero one step at a time and adding the change of delta at each boundary, then prints c +
delta. Layout: cell 0 = c, cell 1 = countdown, cell 2 = delta, cell 3 = flag, cell 4 = scratch.
"""
import os

here = os.path.dirname(os.path.abspath(__file__))


def hello(text):
    out = ["Prints Hello World\n\n>"]
    cur = 0
    for ch in text:
        diff = ord(ch) - cur
        sign = "+" if diff > 0 else "-"
        n = abs(diff)
        if n > 12:
            a = int(n ** 0.5)
            b, r = divmod(n, a)
            out.append("<" + "+" * a + "[>" + sign * b + "<-]>" + sign * r)
        else:
            out.append(sign * n)
        out.append(".\n")
        cur = ord(ch)
    return "".join(out)


def rot13():
    steps = {65: 13, 78: -26, 91: 13, 97: 13, 110: -26, 123: 13}
    lines = [
        "ROT13: letters move 13 places in the alphabet; other bytes are copied\n",
        "Reads until the end of the input (read as 0)\n\n",
        ",[\n",
        "  copy c to cell 1 (through cell 4)\n",
        "  [->+>>>+<<<<]>>>>[-<<<<+>>>>]<<<<\n",
        "  count cell 1 down to 123 and add each boundary's change to cell 2\n",
    ]
    for k in range(1, 124):
        s = steps.get(k, 0)
        change = ("+" if s > 0 else "-") * abs(s)
        # At cell 0: flag = (cell 1 != 0); if so decrement cell 1 and change cell 2
        lines.append("  >[->>+>+<<<]>>>[-<<<+>>>]<[[-]<<->" + change + ">]<<<\n")
    lines += [
        "  clear what is left of the count and add delta to c\n",
        "  >[-]>[-<<+>>]<<\n",
        "  print it and read the next byte\n",
        "  .,\n",
        "]\n",
    ]
    return "".join(lines)


with open(os.path.join(here, "hello.b"), "w") as f:
    f.write(hello("Hello, World!\n"))
with open(os.path.join(here, "rot13.b"), "w") as f:
    f.write(rot13())
