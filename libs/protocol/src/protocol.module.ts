import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { RegisterModule, ReplacementListeners } from '@app/register';
import { OutputRegistry, ReportsModule } from '@app/reports';
import { BadgeCheckInController } from './check-in/badge-check-in.controller.js';
import { BadgeCheckInService } from './check-in/badge-check-in.service.js';
import { ProtocolFilesController } from './outputs/protocol-files.controller.js';
import { ProtocolFilesService } from './outputs/protocol-files.service.js';
import { SeatingPlan } from './seating/seating-plan.entity.js';
import { SeatingPlansController } from './seating/seating-plans.controller.js';
import { SeatingPlansService } from './seating/seating-plans.service.js';

/** Protocol outputs: seating plans, the charts, place cards and badges made from them, and check-in by badge code. */
@Module({
  imports: [TypeOrmModule.forFeature([SeatingPlan]), IdentityModule, RegisterModule, ReportsModule],
  controllers: [SeatingPlansController, ProtocolFilesController, BadgeCheckInController],
  providers: [SeatingPlansService, ProtocolFilesService, BadgeCheckInService],
  exports: [SeatingPlansService],
})
export class ProtocolModule implements OnModuleInit {
  constructor(
    private readonly outputs: OutputRegistry,
    private readonly files: ProtocolFilesService,
    private readonly plans: SeatingPlansService,
    private readonly replacements: ReplacementListeners,
  ) {}

  /**
   * The chart and place cards of each plan and the badges are outputs whose downloads `GET /events/{id}/outputs`
   * tracks; a deputy who replaces an attendee takes the principal's seat in every plan.
   */
  onModuleInit(): void {
    for (const kind of this.files.outputKinds()) this.outputs.register(kind);
    this.replacements.register((em, eventId, principalId, deputyId) => this.plans.replaceAttendee(em, eventId, principalId, deputyId));
  }
}
