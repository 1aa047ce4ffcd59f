// Range indexes for the two property lookups the named queries start from: approved decisions (coverage,
// broken chains) and P1 incidents (the landing page), so they seek instead of scanning a label.
CREATE INDEX scope_agreement_decision IF NOT EXISTS FOR (n:ScopeAgreement) ON (n.decision);
CREATE INDEX incident_priority IF NOT EXISTS FOR (n:Incident) ON (n.priority);
