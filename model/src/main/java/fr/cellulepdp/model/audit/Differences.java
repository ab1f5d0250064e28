package fr.cellulepdp.model.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two versions of a record, by field name only: the trail never copies the values. */
public final class Differences {

    private Differences() {
    }

    /** "champs modifiés : nom, statut" or "aucun champ modifié"; the version number is not a change. */
    public static String champs(Record avant, Record apres) {
        List<String> noms = new ArrayList<>();
        for (RecordComponent composant : avant.getClass().getRecordComponents()) {
            if (composant.getName().equals("version")) {
                continue;
            }
            try {
                Object a = composant.getAccessor().invoke(avant);
                Object b = composant.getAccessor().invoke(apres);
                if (!Objects.equals(a, b)) {
                    noms.add(composant.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return noms.isEmpty() ? "aucun champ modifié" : "champs modifiés : " + String.join(", ", noms);
    }
}
