package dk.kea.cars.command.personaldata;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface PersonalDataKeyEntryRepository extends JpaRepository<PersonalDataKeyEntry, UUID> {
}
