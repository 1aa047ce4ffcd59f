// approved-decision-ids: every ScopeAgreement whose decision is APPROVED, in id order (lineage roots).
MATCH (n:ScopeAgreement)
WHERE n.decision = 'APPROVED'
RETURN n.id AS id
ORDER BY id
