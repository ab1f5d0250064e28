package fr.cellulepdp.model.commun;

/** An enum constant with the French label shown to users. */
public interface Libelle {
    String libelle();
}
