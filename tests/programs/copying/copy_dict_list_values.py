# A copied dict shares its list values.
import copy
inventory = {'fruit': ['apple'], 'veg': ['kale']}
c = copy.copy(inventory)
c['fruit'].append('pear')
c['veg'] = ['leek']
print(inventory)  # expect: {'fruit': ['apple', 'pear'], 'veg': ['kale']}
print(c)  # expect: {'fruit': ['apple', 'pear'], 'veg': ['leek']}
d = copy.deepcopy(inventory)
d['fruit'].append('fig')
print(inventory['fruit'])  # expect: ['apple', 'pear']
print(d['fruit'])  # expect: ['apple', 'pear', 'fig']
