/**
 * Organisations and bodies: the county's own units, providers, associations, clubs and schools, the committees,
 * steering and working groups they meet in, and which users act for which organisation. Planning, the counselling
 * directory and participation refer to them by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package de.lotse.organisation;
