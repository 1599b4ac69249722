-- The organisation each member is in the mission for, from membership events that carry it.
alter table mission_members add column organisation text;
