package fr.cellulepdp.app.wiring;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The session of the window or of one command: the person logged in, the one mutable fact of the wiring. Until the
 * first account exists, the person acting is the cell's active coordinatrice (or an anonymous coordinatrice while the
 * cell has no members yet), so that decisions record who took them; after a log-out, nobody.
 */
public final class Session implements UtilisateurCourant {

    private static final Utilisateur SANS_MEMBRE = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);

    private final Supplier<Optional<Utilisateur>> coordinatrice;
    private volatile Utilisateur utilisateur;
    private volatile boolean fermee;

    /** @param coordinatrice the cell's active coordinatrice, if any ({@code CoordinatriceAvantLesComptes}) */
    Session(Supplier<Optional<Utilisateur>> coordinatrice) {
        this.coordinatrice = coordinatrice;
    }

    /** The person who logged in: every screen and command acts in their name from now on. */
    public void connecter(Utilisateur connecte) {
        utilisateur = Objects.requireNonNull(connecte);
        fermee = false;
    }

    /** « Se déconnecter »: nothing acts in anyone's name any more, until the next login. */
    public void deconnecter() {
        fermee = true;
        utilisateur = null;
    }

    @Override
    public Utilisateur utilisateur() {
        Utilisateur connu = utilisateur;
        if (connu != null) {
            return connu;
        }
        if (fermee) {
            // after a log-out, never the coordinatrice by default below
            throw new IllegalStateException("Session fermée : reconnectez-vous.");
        }
        return coordinatrice.get().map(c -> utilisateur = c).orElse(SANS_MEMBRE);
    }
}
