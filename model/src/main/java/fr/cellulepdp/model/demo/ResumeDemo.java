package fr.cellulepdp.model.demo;

/** What loading the demo data wrote: counts only, never a name. */
public record ResumeDemo(int membres, int assures, int situations, int demandes, int seances, int decisions,
                         int suivis) {

    /** One French sentence for the command line and the status bar. */
    public String enFrancais() {
        return "Données de démonstration chargées : " + membres + " membres, " + assures + " personnes, " + situations
                + " situations, " + demandes + " demandes, " + seances + " séances, " + decisions + " décisions, "
                + suivis + " suivis.";
    }
}
