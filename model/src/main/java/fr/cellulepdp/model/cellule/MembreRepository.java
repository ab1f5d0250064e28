package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Repository;
import java.util.UUID;

/** Port: the members of the cell. */
public interface MembreRepository extends Repository<Membre> {

    /**
     * Whether anything names the member: a meeting (convoked, secretary, recused), a decision, a follow-up, a file
     * they follow, an account. Such a member is deactivated, never deleted, so the minutes keep their name.
     */
    boolean estCite(UUID id);

    /** Deletes a member nothing names (see {@link #estCite(UUID)}). */
    void supprimer(UUID id);
}
