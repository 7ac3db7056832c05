package de.lotse.organisation;

/** What kind of body (Gremium) it is. */
public enum BodyKind {
    /** The council itself (Kreistag, Rat). */
    COUNCIL,
    /** A committee of the council (Ausschuss, Kreisausschuss, Jugendhilfeausschuss). */
    COMMITTEE,
    /** A steering group (Steuerungsgruppe, Spurgruppe, Koordinierungsstab). */
    STEERING_GROUP,
    /** A working group (Arbeitsgemeinschaft, e.g. AG nach § 78 SGB VIII). */
    WORKING_GROUP,
    /** A network (e.g. Netzwerk Frühe Hilfen). */
    NETWORK,
    /** A recurring conference (e.g. a social-space conference). */
    CONFERENCE,
    OTHER
}
