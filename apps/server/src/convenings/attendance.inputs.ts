import { AttendanceMode, AttendanceStatus } from '@cei/domain';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

/** The most entries one call takes: far more than a convening's attendees. */
export const MAX_ATTENDANCE_ENTRIES = 1000;

@InputType({ description: "One member's attendance at the convening." })
export class AttendanceEntryInput {
  @Field(() => ID, {
    description:
      "The member's membership: active on the convening's day, on a team of one of its cohorts.",
  })
  membershipId: string;

  @Field(() => AttendanceStatus, { description: 'Present, absent or excused.' })
  status: AttendanceStatus;

  @Field(() => AttendanceMode, {
    nullable: true,
    description:
      'In person or online: only for a member present at a hybrid convening, where it is optional.',
  })
  mode?: AttendanceMode | null;
}

@InputType({
  description:
    "A convening's attendance, entered at once: each entry sets one member's record (added or replaced).",
})
export class RecordAttendanceInput {
  @Field(() => [AttendanceEntryInput], {
    description: 'One entry per member; a member may appear only once.',
  })
  @ArrayMinSize(1, { message: 'must hold at least one entry' })
  @ArrayMaxSize(MAX_ATTENDANCE_ENTRIES, {
    message: `may hold at most ${MAX_ATTENDANCE_ENTRIES} entries`,
  })
  entries: AttendanceEntryInput[];
}
