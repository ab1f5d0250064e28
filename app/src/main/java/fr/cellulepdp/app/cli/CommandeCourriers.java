package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.importation.CourriersMiseADisposition;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.importation.MiseADisposition;
import fr.cellulepdp.model.importation.LigneMiseADisposition;
import fr.cellulepdp.model.importation.ProduireMisesADisposition;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code letters offer --new|--file N…}: the « courriers de mise à disposition » of the IJ 60 days list, never twice
 * for a situation; {@code letters offer-print}: those to post in one PDF; {@code letters offer-posted}.
 */
@Command(name = "letters", description = "Les courriers de mise à disposition aux personnes de la liste IJ 60 jours.",
        subcommands = {CommandeCourriers.Produire.class, CommandeCourriers.Imprimer.class,
                CommandeCourriers.Poster.class})
public final class CommandeCourriers extends Groupe<CommandeCourriers.Besoins> {

    /** What the commands of the group use, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.importation.ProduireMisesADisposition misesADisposition,
                          java.nio.file.Path dossierDocuments) {
    }

    public CommandeCourriers(Ouverture<Besoins> ouverture) {
        super(ouverture);
    }

    @Command(name = "offer", description = "Produit le courrier de mise à disposition des nouvelles situations "
            + "(--new) ou des dossiers nommés (--file) ; un dossier qui a déjà le sien est laissé tel quel.")
    static final class Produire extends SousCommandeDeGroupe {

        @Option(names = "--new", description = "Toutes les situations de la liste IJ 60 jours sans courrier.")
        private boolean nouvelles;

        @Option(names = "--file", paramLabel = "NUMERO", description = "Numéro de dossier (répétable).")
        private List<String> dossiers = new ArrayList<>();

        @Override
        public Integer call() {
            if (nouvelles != dossiers.isEmpty()) {
                throw new SaisieInvalideException("--new", "indiquez --new ou --file NUMERO, l'un des deux.");
            }
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                List<UUID> cibles = nouvelles ? null : ids(besoins);
                List<MiseADisposition> produits = courriers(besoins).produire(cibles);
                produits.forEach(m -> dire(courriers(besoins).dossier().resolve(m.fichier()).toString()));
                dire(produits.size() + " courrier(s) de mise à disposition produit(s), à poster.");
                return 0;
            }
        }

        private List<UUID> ids(Besoins besoins) {
            List<LigneMiseADisposition> lignes = besoins.misesADisposition()
                    .situations();
            List<UUID> ids = new ArrayList<>();
            for (String numero : dossiers) {
                ids.add(lignes.stream().filter(l -> l.numeroDossier().equals(numero.strip())).findFirst()
                        .orElseThrow(() -> new SaisieInvalideException("--file", "le dossier « " + numero
                                + " » n'est pas une situation ouverte de la liste IJ 60 jours."))
                        .situationId());
            }
            return ids;
        }
    }

    @Command(name = "offer-print", description = "Réunit en un PDF les courriers de mise à disposition à poster.")
    static final class Imprimer extends SousCommandeDeGroupe {

        @Override
        public Integer call() {
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                dire(courriers(besoins).aPoster().map(Object::toString)
                        .orElse("Aucun courrier de mise à disposition à poster."));
                return 0;
            }
        }
    }

    @Command(name = "offer-posted", description = "Marque postés les courriers de mise à disposition imprimés.")
    static final class Poster extends SousCommandeDeGroupe {

        @Override
        public Integer call() {
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                dire(courriers(besoins).marquerPostes() + " courrier(s) marqué(s) posté(s).");
                return 0;
            }
        }
    }

    private static CourriersMiseADisposition courriers(Besoins besoins) {
        return new CourriersMiseADisposition(besoins.misesADisposition(), besoins.dossierDocuments());
    }
}
