// open-work: for each object of a lineage or impact answer ($ids, at most the answer's node cap), the open
// incidents, problems and changes one link away, and whether open P1/P2 work touches it (or it is such work).
// One query for the whole answer, after the traversal and only when the caller selected `openWork`: the
// graph draws it as badges, so it must never cost a request per node. Each work item counts once per object
// (DISTINCT), whatever links join them; open means a status the meta-model's lifecycle does not close.
UNWIND $ids AS id
MATCH (n:DataObject {id: id})
RETURN n.id AS id,
  COUNT { MATCH (n)--(w:Incident) WHERE w.status IN $openIncident RETURN DISTINCT w } AS incidents,
  COUNT { MATCH (n)--(w:Problem) WHERE w.status IN $openProblem RETURN DISTINCT w } AS problems,
  COUNT { MATCH (n)--(w:RFC) WHERE w.status IN $openRFC RETURN DISTINCT w } AS changes,
  (((n:Incident AND n.status IN $openIncident) OR (n:Problem AND n.status IN $openProblem))
      AND n.priority IN $urgentPriorities)
    OR EXISTS {
      MATCH (n)--(w)
      WHERE ((w:Incident AND w.status IN $openIncident) OR (w:Problem AND w.status IN $openProblem))
        AND w.priority IN $urgentPriorities
    } AS urgent
