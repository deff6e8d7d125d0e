package jp.kizuna.events.attendance;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AttendanceRepository extends MongoRepository<Attendance, String> {
}
