# Nested patterns: sequences in mappings in class patterns, captures at
# every level, `as` on a sub-pattern, and the match inside a loop with
# break and continue in its case bodies.
class Node:
    __match_args__ = ("op", "args")

    def __init__(self, op, args):
        self.op = op
        self.args = args

def evaluate(tree):
    match tree:
        case int(n):
            return n
        case Node("+", [left, right]):
            return evaluate(left) + evaluate(right)
        case Node("*", [left, Node("+", [_, _]) as right]):
            return evaluate(left) * evaluate(right)
        case Node("neg", [operand]):
            return -evaluate(operand)
        case Node(op, args):
            raise ValueError(f"bad node {op} with {len(args)} args")

tree = Node("*", [2, Node("+", [3, Node("neg", [1])])])
print(evaluate(tree))  # expect: 4

records = [{"pos": [1, 2], "tags": {"color": "red"}}, {"pos": [0, 0]}, None, {"pos": [9, 9]}]
for record in records:
    match record:
        case {"pos": [x, y], "tags": {"color": color}}:
            print(x, y, color)  # expect: 1 2 red
        case {"pos": [0, 0]}:
            continue
        case None:
            print("stop")  # expect: stop
            break
print("done")  # expect: done
