package de.lotse.directory.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "add a row" buttons of the service form (without JavaScript, the form is sent and shown again with one more
 * empty row): {@code language}, {@code phone}, {@code contact}, {@code cost}, {@code schedule}, {@code site} and
 * {@code site-<n>-schedule}.
 */
final class ServiceRows {

    private static final Pattern SITE_SCHEDULE = Pattern.compile("^site-(\\d{1,3})-schedule$");

    private ServiceRows() {}

    static void add(ServiceForm form, String what) {
        switch (what) {
            case "language" -> form.languages.add(new ServiceForm.Language());
            case "phone" -> form.phones.add(new ServiceForm.Phone());
            case "contact" -> form.contacts.add(new ServiceForm.Contact());
            case "cost" -> form.costOptions.add(new ServiceForm.Cost());
            case "schedule" -> form.schedules.add(new ServiceForm.Schedule());
            case "site" -> {
                ServiceForm.Site site = new ServiceForm.Site();
                site.schedules.add(new ServiceForm.Schedule());
                form.sites.add(site);
            }
            default -> {
                Matcher m = SITE_SCHEDULE.matcher(what);
                if (m.matches() && Integer.parseInt(m.group(1)) < form.sites.size()) {
                    form.sites.get(Integer.parseInt(m.group(1))).schedules.add(new ServiceForm.Schedule());
                }
            }
        }
    }
}
