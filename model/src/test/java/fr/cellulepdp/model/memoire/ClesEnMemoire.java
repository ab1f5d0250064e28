package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.audit.CleSignature;
import fr.cellulepdp.model.audit.ClesSignatureRepository;
import fr.cellulepdp.model.compte.ClesMedicalesRepository;
import fr.cellulepdp.model.mesure.CatalogueMesuresRepository;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.mesure.TypeMesure;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stores keyed by a name rather than an id: signing keys, wrapped medical keys, measure limits. */
final class ClesEnMemoire {

    private ClesEnMemoire() {
    }

    static final class ClesSignature implements ClesSignatureRepository {
        private final CaseEnMemoire<String, CleSignature> cles;

        ClesSignature(CaseEnMemoire<String, CleSignature> cles) {
            this.cles = cles;
        }

        @Override
        public Optional<CleSignature> find(String identifiant) {
            return cles.lire(identifiant);
        }

        @Override
        public void save(CleSignature cle) {
            cles.ecrire(cle.identifiant(), cle);
        }
    }

    static final class ClesMedicales implements ClesMedicalesRepository {
        private final CaseEnMemoire<String, String> enveloppes;

        ClesMedicales(CaseEnMemoire<String, String> enveloppes) {
            this.enveloppes = enveloppes;
        }

        @Override
        public Optional<String> find(String identifiant) {
            return enveloppes.lire(identifiant);
        }

        @Override
        public Map<String, String> findAll() {
            return enveloppes.toutes();
        }

        @Override
        public void save(String identifiant, String enveloppe) {
            enveloppes.ecrire(identifiant, enveloppe);
        }

        @Override
        public void supprimer(String identifiant) {
            enveloppes.supprimer(identifiant);
        }
    }

    /** Empty on a new database (the use cases fall back on the law's defaults); a saved rule replaces its measure's. */
    static final class Catalogue implements CatalogueMesuresRepository {
        private final CaseEnMemoire<TypeMesure, RegleMesure> regles;

        Catalogue(CaseEnMemoire<TypeMesure, RegleMesure> regles) {
            this.regles = regles;
        }

        @Override
        public List<RegleMesure> findAll() {
            return regles.toutes().values().stream().sorted(Comparator.comparing(RegleMesure::mesure)).toList();
        }

        @Override
        public void save(RegleMesure regle) {
            regles.ecrire(regle.mesure(), regle);
        }
    }

}
