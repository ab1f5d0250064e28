package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Repository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the PDP files. */
public interface SituationRepository extends Repository<Situation> {

    List<Situation> findByAssure(UUID assureId);

    Optional<Situation> findByNumeroDossier(String numeroDossier);

    /** The open situations (not closed) of these people, in one query. */
    List<Situation> ouvertesDe(Collection<UUID> assureIds);

    /** The file numbers that start with {@code prefixe} ("PDP-2026-"): what {@link NumerotationDossiers} needs. */
    List<String> numerosDossier(String prefixe);

    /** The situations matching the criteria, newest file number first, one page of them. */
    List<Situation> rechercher(CritereSituations critere);

    /**
     * The same page as {@link #rechercher}, as the Situations list shows it: each file's list columns with its
     * person's names and its waiting requests (to study or on an agenda), read together rather than as whole
     * situations, people and requests (decision 0060).
     */
    List<LigneSituation> lignes(CritereSituations critere);

    /** How many situations match the criteria in all (paging ignored). */
    long compter(CritereSituations critere);
}
