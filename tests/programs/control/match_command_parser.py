# The command parser of the Python tutorial's match statement section:
# sequence patterns over the words of a command, captures, a star
# capture, or-patterns, a guard and the wildcard.
class Room:
    def __init__(self, name, exits):
        self.name = name
        self.exits = exits

hall = Room("hall", ["north", "east"])
inventory = []

def handle(command, room):
    match command.split():
        case [action]:
            return f"one word: {action}"
        case ["quit" | "exit"]:
            return "bye"
        case ["go", direction] if direction in room.exits:
            return f"going {direction}"
        case ["go", _]:
            return "no exit there"
        case ["get", obj] | ["pick", "up", obj] | ["pick", obj, "up"]:
            inventory.append(obj)
            return f"took {obj}"
        case ["drop", *objects]:
            for obj in objects:
                if obj in inventory:
                    inventory.remove(obj)
            return f"dropped {len(objects)}"
        case []:
            return "say something"
        case _:
            return f"sorry, I couldn't understand {command!r}"

print(handle("look", hall))  # expect: one word: look
print(handle("go north", hall))  # expect: going north
print(handle("go west", hall))  # expect: no exit there
print(handle("get lamp", hall))  # expect: took lamp
print(handle("pick up key", hall))  # expect: took key
print(handle("pick coin up", hall))  # expect: took coin
print(inventory)  # expect: ['lamp', 'key', 'coin']
print(handle("drop lamp coin", hall))  # expect: dropped 2
print(inventory)  # expect: ['key']
print(handle("", hall))  # expect: say something
print(handle("dance wildly now", hall))  # expect: sorry, I couldn't understand 'dance wildly now'
