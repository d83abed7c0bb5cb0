package fr.portailfamilles.family.privacy;

import fr.portailfamilles.family.file.FamilyClock;
import fr.portailfamilles.family.file.FamilyViews.Audience;
import fr.portailfamilles.family.file.FamilyViews.FamilyView;
import fr.portailfamilles.family.privacy.FamilyExport.Export;
import fr.portailfamilles.family.privacy.HealthNotesAccess.ChildHealth;
import fr.portailfamilles.family.privacy.domain.HealthNoteRead;
import fr.portailfamilles.family.privacy.domain.HealthNoteReads;
import fr.portailfamilles.family.file.FamilyPaths;
import fr.portailfamilles.platform.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The family's data rights, and staff access to health notes under audit. */
@RestController
@RequestMapping("/api/families")
class PrivacyApi {

    private final FamilyExport export;
    private final ErasingFamilies erasing;
    private final HealthNotesAccess healthNotes;
    private final HealthNoteReads reads;
    private final FamilyClock clock;

    PrivacyApi(FamilyExport export, ErasingFamilies erasing, HealthNotesAccess healthNotes, HealthNoteReads reads,
            FamilyClock clock) {
        this.export = export;
        this.erasing = erasing;
        this.healthNotes = healthNotes;
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/me/export")
    ResponseEntity<Export> exportJson(CurrentUser user) {
        String familyId = user.requireOwnFamily();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mes-donnees-" + familyId + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(export.of(familyId, user.email()));
    }

    @GetMapping("/me/export.html")
    ResponseEntity<String> exportHtml(CurrentUser user) {
        String familyId = user.requireOwnFamily();
        return ResponseEntity.ok()
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(ExportHtml.render(export.of(familyId, user.email())));
    }

    /** Anonymises the family and tells the other services (family-erased). */
    @PostMapping(FamilyPaths.FAMILY + "/erasure")
    FamilyView erase(@PathVariable String familyId, CurrentUser user) {
        user.requireStaff();
        return FamilyView.of(erasing.erase(familyId), clock.today(), Audience.STAFF);
    }

    @GetMapping(FamilyPaths.FAMILY + "/children/{childId}/health-notes")
    ChildHealth childHealth(@PathVariable String familyId, @PathVariable String childId, CurrentUser user) {
        return healthNotes.read(familyId, childId, user);
    }

    @GetMapping(FamilyPaths.FAMILY + "/health-note-reads")
    List<HealthNoteRead> healthNoteReads(@PathVariable String familyId, CurrentUser user) {
        user.requireAccessTo(familyId);
        return reads.ofFamily(familyId);
    }
}
