package fr.cellulepdp.model.demo;

import java.util.List;

/** Invented names and places for the demo cell; any resemblance to a real person is accidental. */
final class NomsDemo {

    static final List<String> PRENOMS_FEMININS = List.of("Camille", "Léa", "Manon", "Chloé", "Sarah", "Julie",
            "Laura", "Émilie", "Nathalie", "Isabelle", "Sandrine", "Céline", "Aurélie", "Karine", "Valérie",
            "Sylvie", "Stéphanie", "Mélanie", "Agnès", "Martine");
    static final List<String> PRENOMS_MASCULINS = List.of("Thomas", "Nicolas", "Julien", "Sébastien", "David",
            "Olivier", "Christophe", "Frédéric", "Laurent", "Stéphane", "Mickaël", "Jérôme", "Cédric", "Romain",
            "Fabrice", "Pascal", "Hervé", "Yannick", "Gilles", "Bruno");
    static final List<String> NOMS = List.of("Aubert", "Barbier", "Bertrand", "Blanchet", "Bouvier", "Brunet",
            "Carpentier", "Charrier", "Colin", "Delorme", "Dufour", "Fabre", "Fleury", "Gauthier", "Gillet",
            "Guérin", "Hamelin", "Jacquet", "Labbé", "Lambert", "Leclerc", "Lemaire", "Maillard", "Marchand",
            "Mercier", "Millet", "Morel", "Noël", "Olivier", "Paris", "Perrin", "Picard", "Poirier", "Renaud",
            "Rivière", "Roche", "Roussel", "Schmitt", "Tessier", "Vasseur");
    static final List<String> VILLES = List.of("58000|Nevers", "58200|Cosne-Cours-sur-Loire", "58300|Decize",
            "58400|La Charité-sur-Loire", "58500|Clamecy", "58640|Varennes-Vauzelles", "58160|Imphy",
            "58700|Prémery", "58800|Corbigny", "58120|Château-Chinon");
    static final List<String> RUES = List.of("rue des Tanneurs", "avenue de la Loire", "rue du Moulin",
            "place de l'Église", "chemin des Vignes", "rue Jean Jaurès", "allée des Tilleuls", "route de Bourges");
    static final List<String> EMPLOYEURS = List.of("Menuiserie du Nivernais", "Transports Loire-Morvan",
            "EHPAD Les Glycines", "Boulangerie Artisanale du Centre", "Logistique Bourgogne Sud",
            "Clinique du Val de Loire", "Garage des Quatre Routes", "Supermarché des Bords de Loire",
            "Mairie de Varennes (fictive)", "Entreprise Bâtiment Morvan", "Atelier Mécanique de Fourchambault",
            "Nettoyage Services 58");
    static final List<String> EMPLOIS = List.of("agent(e) de production", "chauffeur poids lourd",
            "aide-soignant(e)", "boulanger(ère)", "préparateur(trice) de commandes", "infirmier(ère)",
            "mécanicien(ne)", "employé(e) de libre-service", "agent(e) d'entretien", "maçon(ne)",
            "secrétaire médical(e)", "magasinier(ère)");
    static final List<String> TUTEURS = List.of("M. Renard, chef d'atelier", "Mme Caron, responsable RH",
            "M. Lopez, chef d'équipe", "Mme Giraud, cadre de santé", "M. Roy, responsable logistique");

    private NomsDemo() {
    }
}
