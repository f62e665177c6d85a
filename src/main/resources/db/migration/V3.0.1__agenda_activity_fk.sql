-- Agenda items may point at the workplan activity they discuss (both packages now exist).
alter table agenda_item add constraint fk_agenda_item_activity
    foreign key (activity_id) references workplan_activity (id);
