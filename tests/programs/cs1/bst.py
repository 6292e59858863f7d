# A binary search tree: insert, search, in-order walk, height, min/max.
class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = TreeNode(key)
                    return
                node = node.left
            elif key > node.key:
                if node.right is None:
                    node.right = TreeNode(key)
                    return
                node = node.right
            else:
                return  # no duplicates

    def contains(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n.left)
                out.append(n.key)
                walk(n.right)
        walk(self.root)
        return out

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder())
print(t.contains(65), t.contains(66))
print("height:", t.height())
node = t.root
while node.left:
    node = node.left
print("min:", node.key)
# expect: [20, 30, 40, 50, 60, 65, 70, 80]
# expect: True False
# expect: height: 4
# expect: min: 20
