package de.lotse.organisation;

/** What kind of organisation it is. */
public enum OrganisationKind {
    /** A unit of the county administration (Fachdienst, Stabsstelle, Leitstelle). */
    COUNTY_UNIT,
    /** A municipality or municipal association as an actor (its administration). */
    MUNICIPALITY,
    /** Another public agency, e.g. the Jobcenter or the employment agency. */
    PUBLIC_AGENCY,
    /** A provider of social services (Träger), e.g. a welfare association's local branch. */
    PROVIDER,
    /** An association or federation (Verband, Kreissportbund). */
    ASSOCIATION,
    /** A registered club or initiative (Verein). */
    CLUB,
    /** A school, Kita or adult education centre. */
    SCHOOL,
    /** A company, including companies owned by the county (e.g. an economic development agency). */
    COMPANY,
    OTHER
}
