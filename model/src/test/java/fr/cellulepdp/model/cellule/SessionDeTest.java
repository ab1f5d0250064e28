package fr.cellulepdp.model.cellule;

/**
 * The session of a test that switches person: the use cases built with it act as whoever it holds at each call, as
 * the app's session after another account logs in (decision record 0044). A test with one person passes
 * {@code () -> someone} instead.
 */
public final class SessionDeTest implements UtilisateurCourant {

    private Utilisateur utilisateur;

    /** @param utilisateur who acts first; null: nobody yet (before the first account), as a closed session */
    public SessionDeTest(Utilisateur utilisateur) {
        this.utilisateur = utilisateur;
    }

    /** From the next call on, {@code autre} acts. */
    public void devient(Utilisateur autre) {
        this.utilisateur = autre;
    }

    /** {@code autre} acts from now on; returns {@code casDUsage}, for a call written in one expression. */
    public <T> T comme(Utilisateur autre, T casDUsage) {
        devient(autre);
        return casDUsage;
    }

    @Override
    public Utilisateur utilisateur() {
        if (utilisateur == null) {
            throw new IllegalStateException("Personne n'est connecté.");
        }
        return utilisateur;
    }
}
