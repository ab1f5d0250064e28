package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.decision.SuiviPrevu;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The members by name. A member is cited (and so never deleted) wherever a row of the database points to them: a
 * meeting's secretary or attendance, a recusal, a decision, a planned or created follow-up, a file, an account.
 */
final class MembresEnMemoire extends TableEnMemoire<Membre> implements MembreRepository {

    private final StockageEnMemoire stockage;

    MembresEnMemoire(StockageEnMemoire stockage) {
        super("Membre", Comparator.comparing(Membre::nom).thenComparing(Membre::prenom)
                .thenComparing(parId(Membre::id)), List.of());
        this.stockage = stockage;
    }

    @Override
    public boolean estCite(UUID id) {
        return stockage.seances().findAll().stream().anyMatch(s -> id.equals(s.secretaireId())
                || s.presences().stream().anyMatch(p -> id.equals(p.membreId()))
                || s.ordreDuJour().stream().anyMatch(p -> p.membresRecuses().contains(id)))
                || stockage.decisions().findAll().stream().anyMatch(d -> id.equals(d.decideeParId())
                || id.equals(d.referentMedicalUrgenceId())
                || d.suivisPrevus().stream().map(SuiviPrevu::responsableId).anyMatch(r -> Objects.equals(id, r)))
                || stockage.suivis().findAll().stream().anyMatch(s -> id.equals(s.responsableId()))
                || stockage.situations().findAll().stream().anyMatch(s -> id.equals(s.referentSocialId()))
                || stockage.comptes().findAll().stream().anyMatch(c -> id.equals(c.membreId()));
    }

    @Override
    public void supprimer(UUID id) {
        supprimerOu(m -> m.id().equals(id));
    }
}
