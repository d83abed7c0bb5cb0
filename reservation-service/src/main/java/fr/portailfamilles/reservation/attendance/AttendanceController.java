package fr.portailfamilles.reservation.attendance;

import fr.portailfamilles.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pointage, for staff only. */
@RestController
class AttendanceController {

    private final AttendanceSheets sheets;
    private final RecordingAttendance recording;

    AttendanceController(AttendanceSheets sheets, RecordingAttendance recording) {
        this.sheets = sheets;
        this.recording = recording;
    }

    @GetMapping("/api/reservations/attendance")
    AttendanceSheets.Sheet sheet(@RequestParam String activityId, @RequestParam String date, CurrentUser user) {
        user.requireStaff();
        return sheets.sheet(activityId, date);
    }

    @PostMapping("/api/reservations/attendance")
    RecordingAttendance.AttendanceRecorded record(@RequestBody RecordingAttendance.Mark mark, CurrentUser user) {
        user.requireStaff();
        return recording.record(mark, user.accountId());
    }
}
