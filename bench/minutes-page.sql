-- pgbench script: the SQL that one GET /api/v1/minutes?limit=50 issues on PostgreSQL (after the
-- user lookup of Basic auth): the ETag fingerprint (partner/MinutesFingerprint), the page
-- (partner/PublishedMinutes.page), the attendance counts and the action items of the page.
with candidates as (
  select m.id as id, m.starts_at as starts_at
  from minutes mi join meeting m on m.id = mi.meeting_id join swg s on s.id = m.swg_id
  where mi.published = true order by m.starts_at desc, m.id desc
  limit 51
), page as (
  select c.id as id from candidates c order by c.starts_at desc, c.id desc limit 50
)
select 'W', count(*), 0, 0, 0, null, null from candidates
union all
select 'M', count(*), sum(m.id), sum(cast(m.id as numeric(38, 0)) * m.id),
       sum(mi.version + m.version + s.version), max(mi.updated_at), max(m.updated_at)
  from page p join meeting m on m.id = p.id join minutes mi on mi.meeting_id = m.id
  join swg s on s.id = m.swg_id
union all
select 'A', count(*), sum(a.id), max(a.id), 0, max(a.recorded_at), null
  from attendee a where a.meeting_id in (select id from page)
union all
select 'I', count(*), sum(i.id), max(i.id),
       sum(i.version + coalesce(o.version, 0) + coalesce(pe.version, 0)), max(i.updated_at), null
  from action_item i left join organization o on o.id = i.owner_organization_id
  left join person pe on pe.id = i.owner_person_id
  where i.meeting_id in (select id from page);
select mi.*, m.*, s.* from minutes mi join meeting m on m.id = mi.meeting_id join swg s on s.id = m.swg_id
  where mi.published = true order by m.starts_at desc, m.id desc limit 51;
select a.meeting_id, a.organization_type, count(*), sum(case when a.gender = 'FEMALE' then 1 else 0 end)
  from attendee a where a.meeting_id in (
    select m.id from minutes mi join meeting m on m.id = mi.meeting_id
    where mi.published = true order by m.starts_at desc, m.id desc limit 50)
  group by a.meeting_id, a.organization_type;
select i.*, o.*, pe.* from action_item i left join organization o on o.id = i.owner_organization_id
  left join person pe on pe.id = i.owner_person_id
  where i.meeting_id in (
    select m.id from minutes mi join meeting m on m.id = mi.meeting_id
    where mi.published = true order by m.starts_at desc, m.id desc limit 50)
  order by i.due_date, i.id;
