/**
 * Directory: the counselling landscape (Beratungslandschaft) — services of providers, the places where they are
 * offered, consultation hours, coverage per municipality, possible duplicate structures, provider self-service with
 * review, the public Beratungswegweiser and the Open Referral HSDS 3 interface.
 *
 * <p>The model follows HSDS 3 (organization = {@code de.lotse.organisation.Organisation}, service, location,
 * service_at_location, schedule, phone, contact, language, service_area, cost_option, taxonomy, attribute, metadata)
 * with a German profile (AGS of each place, target groups, life stages, fields of action, barrier-free details,
 * counselling channels). Schema: {@code V018__directory.sql}. A whole service is written as one {@link ServiceDraft}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package de.lotse.directory;
