"""Runs the Python equivalents of the java-basics pack and writes their values as probe JSON.

Command (from the repository root):
    /usr/bin/python3 src/test/resources/gauntlet/make_python_fixtures.py

Output: src/test/resources/gauntlet/python-fixtures.json, read by PythonAgreementTest. Each
check expression of the pack is evaluated in Python; those written in Java-only syntax are
given their Python spelling in PYTHON_SPELLING (the Python Account uses plain attributes where
Java has getters and setters).
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[4]
PACK = ROOT / "src/main/resources/gauntlet/java-basics.pack"
OUT = pathlib.Path(__file__).with_name("python-fixtures.json")

PYTHON_SPELLING = {
    "new Animal().sound()": "Animal().sound()",
    "new Dog().sound()": "Dog().sound()",
    "((Animal) new Dog()).toString()": "str(Dog())",
    "new Animal().toString()": "str(Animal())",
    'new Account("ann", 10).getOwner()': 'Account("ann", 10).owner',
    'new Account("ann", 10).getBalance()': 'Account("ann", 10).balance',
    '((java.util.function.Supplier<Double>) () -> { Account acc = new Account("bo", 5); acc.setBalance(25); return acc.getBalance(); }).get()':
        '(lambda acc: (setattr(acc, "balance", 25), acc.balance)[1])(Account("bo", 5))',
    '((java.util.function.Supplier<Double>) () -> { Account acc = new Account("cy", 5); acc.deposit(2.5); acc.deposit(1); return acc.getBalance(); }).get()':
        '(lambda acc: (acc.deposit(2.5), acc.deposit(1), acc.balance)[2])(Account("cy", 5))',
}


def describe(value):
    if isinstance(value, bool):
        return {"kind": "boolean", "value": value}
    if isinstance(value, (int, float)):
        return {"kind": "number", "value": value}
    if isinstance(value, str):
        return {"kind": "text", "value": value}
    if isinstance(value, list):
        return {"kind": "list", "items": [describe(v) for v in value]}
    raise TypeError(f"cannot describe {type(value)}")


def prompts(text):
    section, block, out = 0, None, []
    for line in text.splitlines():
        if line.startswith("@@ "):
            words = line[3:].split(" ", 1)
            block = words[0]
            if block == "section":
                section = int(words[1].split()[0])
            elif block == "prompt":
                out.append({"section": section, "python": [], "checks": []})
            elif block == "check":
                expr = words[1]
                out[-1]["checks"].append(expr[len("ordered "):] if expr.startswith("ordered ") else expr)
        elif block == "python":
            out[-1]["python"].append(line)
    return out


def main():
    fixtures = {}
    for p in prompts(PACK.read_text()):
        scope = {}
        exec("\n".join(p["python"]), scope)
        for expr in p["checks"]:
            value = eval(PYTHON_SPELLING.get(expr, expr), scope)
            fixtures.setdefault(str(p["section"]), {})[expr] = describe(value)
    OUT.write_text(json.dumps(fixtures, indent=1) + "\n")
    print(f"wrote {OUT} ({sum(len(v) for v in fixtures.values())} values)")


if __name__ == "__main__":
    main()
