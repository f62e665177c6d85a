package la.rtp.tracker.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Xlsx;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.security.AppUser;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.ActivityRequests.BudgetRequest;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Workplans to and from Excel: the export, the template, and the import that replaces a DRAFT or
 * RETURNED workplan's activities and budget lines with those of a workbook.
 *
 * <p>The import checks every row with the JSON API's own rules ({@link ActivityRequests}, Bean
 * Validation, {@link ActivityChanges}) before it writes anything, and reports every failure at
 * once, located by sheet, row and column, in the user's language. Activities are matched by Ref
 * (Ref n is the n-th activity, as exported) and updated in place, so their disbursements and
 * progress reports stay attached; an activity left out of the file is removed, unless money or
 * progress was recorded on it.
 */
@ApplicationScoped
public class WorkplanImport {

    /** As the HTTP body limit: a workbook of 500 activities is far smaller. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    Validator validator;

    @Inject
    WorkplanViews views;

    /** A workbook to download and its file name. */
    public record Download(String fileName, byte[] bytes) {
    }

    public Download export(Long id) {
        WorkplanView w = views.of(Workplan.require(id));
        return new Download(WorkplanXlsx.fileName(w), WorkplanXlsx.export(w));
    }

    public static Download template() {
        return new Download("workplan-template.xlsx", WorkplanXlsx.template());
    }

    /** Replaces the activities and budget lines with the workbook's; 422 with every error, nothing written. */
    @Transactional
    public WorkplanView replace(Long id, byte[] bytes, String lang) {
        WorkplanXlsxMessages words = WorkplanXlsx.words(language(lang));
        Workplan w = Workplan.require(id);
        access.requireWrite(w.swg.code);
        if (!w.status.editable()) {
            throw new Problems.Conflict(words.err_not_editable(w.status.name()));
        }
        // A submission committed meanwhile fails this import with 409 rather than changing a submitted plan.
        Workplan.getEntityManager().lock(w, LockModeType.OPTIMISTIC);
        WorkplanSheets.Errors errors = new WorkplanSheets.Errors();
        WorkplanSheets.Parsed parsed;
        try (Workbook book = open(bytes, words)) {
            parsed = WorkplanSheets.parse(book, errors, words);
        } catch (java.io.IOException e) {
            throw new Problems.Invalid("file", words.err_not_workbook());
        }
        List<Activity> existing = Activity.ofWorkplans(List.of(w.id));
        ImportRules rules = new ImportRules(w.year, validator, errors, words, organizations(parsed));
        Map<WorkplanSheets.ActivityRow, ActivityRequest> requests = rules.requests(parsed);
        Map<WorkplanSheets.ActivityRow, Activity> matched = match(requests.keySet(), existing);
        List<Activity> removed = new ArrayList<>(existing);
        removed.removeAll(matched.values());
        Set<Long> kept = recorded(removed);
        removed.stream().filter(a -> kept.contains(a.id))
                .forEach(a -> errors.add(WorkplanXlsx.ACTIVITIES, words.err_kept(a.title)));
        if (!errors.isEmpty()) {
            throw new Problems.Invalid(words.err_count(errors.list.size()), errors.list);
        }
        apply(w, requests, matched, removed);
        audit.record("Workplan", w.id, "import", w.swg.code + " " + w.year + " workplan (" + w.id + "): activities "
                + "replaced from a workbook: " + requests.size() + " activities, " + removed.size() + " removed");
        Activity.flush();
        return views.of(w);
    }

    private void apply(Workplan w, Map<WorkplanSheets.ActivityRow, ActivityRequest> requests,
            Map<WorkplanSheets.ActivityRow, Activity> matched, List<Activity> removed) {
        Instant now = audit.now();
        List<BudgetLine> lines = BudgetLine.ofWorkplans(List.of(w.id));
        Disbursements money = Disbursements.of(lines, audit.today(), now, access.actor());
        for (Activity gone : removed) {
            BudgetLine.delete("activity", gone);
            gone.outcomes.clear();
            gone.delete();
        }
        for (Map.Entry<WorkplanSheets.ActivityRow, ActivityRequest> e : requests.entrySet()) {
            Activity found = matched.get(e.getKey());
            List<BudgetLine> current = found == null ? List.of()
                    : lines.stream().filter(l -> l.activity.id.equals(found.id)).toList();
            Activity a = found;
            if (a == null) {
                a = new Activity();
                a.workplan = w;
                a.createdAt = now;
            }
            ActivityChanges.apply(a, e.getValue());
            a.updatedAt = now;
            if (a.id == null) {
                a.persist();
            }
            ActivityChanges.replaceBudget(a, current, e.getValue().budget(), money);
        }
    }

    /** Ref n (a whole number from 1 to the number of activities) is the n-th activity; other Refs are new. */
    private static Map<WorkplanSheets.ActivityRow, Activity> match(Set<WorkplanSheets.ActivityRow> rows,
            List<Activity> existing) {
        Map<WorkplanSheets.ActivityRow, Activity> matched = new HashMap<>();
        for (WorkplanSheets.ActivityRow row : rows) {
            try {
                int n = Integer.parseInt(row.ref());
                if (n >= 1 && n <= existing.size()) {
                    matched.put(row, existing.get(n - 1));
                }
            } catch (NumberFormatException e) {
                // a label of the user's: a new activity
            }
        }
        return matched;
    }

    /** Of these activities, those with disbursements or progress reports (one statement each). */
    private static Set<Long> recorded(List<Activity> activities) {
        if (activities.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = activities.stream().map(a -> a.id).toList();
        var em = Activity.getEntityManager();
        Set<Long> found = new HashSet<>(em.createQuery("select distinct d.line.activity.id from Disbursement d "
                + "where d.line.activity.id in :ids", Long.class).setParameter("ids", ids).getResultList());
        found.addAll(em.createQuery("select distinct p.activity.id from ActivityProgress p where p.activity.id in :ids",
                Long.class).setParameter("ids", ids).getResultList());
        return found;
    }

    /** Every organisation the file names, by name key, in one statement. */
    private static Map<String, Long> organizations(WorkplanSheets.Parsed parsed) {
        Set<String> keys = new HashSet<>();
        parsed.activities().stream().filter(a -> a.organization() != null)
                .forEach(a -> keys.add(Organization.keyOf(a.organization())));
        parsed.budget().stream().filter(b -> b.funder() != null).forEach(b -> keys.add(Organization.keyOf(b.funder())));
        Map<String, Long> ids = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            Organization.<Organization>list("nameKey in ?1", keys).forEach(o -> ids.put(o.nameKey, o.id));
        }
        return ids;
    }

    /** {@code en} or {@code lo}: as asked, else the user's workspace language. */
    private String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return AppUser.findByUsername(access.actor()).map(u -> u.language).orElse("en");
        }
        if (!lang.equals("en") && !lang.equals("lo")) {
            throw new Problems.BadRequest("lang", "lang must be en or lo");
        }
        return lang;
    }

    private static Workbook open(byte[] bytes, WorkplanXlsxMessages words) {
        if (bytes != null && bytes.length > MAX_BYTES) {
            throw new Problems.Invalid("file", words.err_too_large(MAX_BYTES / (1024 * 1024)));
        }
        try {
            return Xlsx.read(bytes);
        } catch (Xlsx.NotAWorkbook e) {
            throw new Problems.Invalid("file", switch (e.kind()) {
                case EMPTY -> words.err_empty();
                case OLD_FORMAT -> words.err_old_format();
                default -> words.err_not_workbook();
            });
        }
    }
}
