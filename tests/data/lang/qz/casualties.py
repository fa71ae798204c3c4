"""qz casualty words."""

NUMBER_WORDS = {"du": 2, "tri": 3}
DEATH_WORDS = ("morto",)
