package fr.cellulepdp.model.document;

import fr.cellulepdp.model.commun.Repository;
import fr.cellulepdp.model.decision.IssueDecision;
import java.util.Optional;

public interface ModeleCourrierRepository extends Repository<ModeleCourrier> {

    Optional<ModeleCourrier> findByIssue(IssueDecision issue);
}
