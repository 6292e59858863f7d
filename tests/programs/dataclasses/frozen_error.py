from dataclasses import dataclass

@dataclass(frozen=True)
class Config:
    name: str

c = Config('main')
c.name = 'other'  # expect-error: dataclasses.FrozenInstanceError: cannot assign to field 'name'
