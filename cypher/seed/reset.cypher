// reset: removes every data object and party with their relationships, in batches (run in an auto-commit
// transaction). Migrations, constraints and indexes stay.
MATCH (n)
WHERE n:DataObject OR n:Party
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
