// The packages every scenario starts with: cloud-only, device-only and hybrid, ROS and not, three architectures,
// a preinstalled package and the platform's persistent-volume package. Image sizes are those of real robot
// software (a CUDA detector is large, an MQTT bridge small); older builds are a week apart.
import type { CreatePackageRequest } from '../api';
import { DAY } from '../durations';
import { PERSISTENT_VOLUME_PACKAGE } from '../../vocabulary';
import type { ComponentSpecInput as ComponentSpec, ExecutableSpecInput as ExecutableSpec, Millis } from '../types';

const REGISTRY = 'registry.gantry.dev/acme';

function docker(name: string, image: string, command: string, builds: [tag: string, sizeMB: number][], now: Millis): ExecutableSpec {
  return {
    name,
    type: 'docker',
    image: `${REGISTRY}/${image}`,
    tag: builds[0]?.[0] as string,
    command,
    builds: builds.map(([tag, sizeMB], i) => ({ tag, sizeMB, pushedAt: now - (2 + 7 * i) * DAY, available: true })),
  };
}

function preinstalled(name: string, command: string): ExecutableSpec {
  return { name, type: 'preInstalled', command, builds: [] };
}

type Ros = ComponentSpec['ros'];
const noRos: Ros = { enabled: false, topics: [], services: [] };
const ros = (distro: NonNullable<Ros['distro']>, topics: string[], services: string[] = []): Ros => ({ enabled: true, distro, topics, services });

function component(name: string, description: string, runtime: ComponentSpec['runtime'], architecture: ComponentSpec['architecture'], rosSpec: Ros, executables: ExecutableSpec[], restartPolicy: ComponentSpec['restartPolicy'] = 'always'): ComponentSpec {
  return { name, description, runtime, architecture, ros: rosSpec, restartPolicy, executables };
}

/** Package requests keyed by a short handle the scenarios use. */
export function catalog(now: Millis): Record<string, CreatePackageRequest & { id?: string }> {
  return {
    nav: {
      name: 'nav-stack',
      version: 'v2.3.0',
      description: 'Autonomous navigation for warehouse AMRs: move_base, AMCL localisation and the SICK lidar driver.',
      components: [
        component('navigation', 'Path planning and control', 'device', 'amd64', ros('noetic', ['/odom', '/scan', '/cmd_vel', '/map', '/tf']), [
          docker('navigation', 'nav-stack/navigation', 'roslaunch acme_navigation navigation.launch', [['2.3.0', 1840], ['2.2.1', 1795], ['2.2.0', 1790], ['2.1.4', 1702]], now),
          // Always: an update in place runs whatever its tag points to now (the registry journey pushes a fix under it).
          { ...docker('localization', 'nav-stack/localization', 'roslaunch acme_localization amcl.launch', [['2.3.0', 960], ['2.2.1', 948], ['2.2.0', 944]], now), imagePullPolicy: 'Always' },
          docker('lidar-driver', 'nav-stack/lidar-driver', 'rosrun sick_scan sick_generic_caller', [['1.6.2', 310], ['1.6.1', 305], ['1.5.0', 298]], now),
        ]),
      ],
    },
    fleet: {
      name: 'fleet-manager',
      version: 'v1.8.2',
      description: 'Cloud fleet manager: task allocation and robot registry over the routed network.',
      components: [
        // One fleet manager per site: its services are scoped by its alias, so several can share a routed network.
        component('fleet-core', 'Fleet server and task allocator', 'cloud', 'amd64', { ...ros('noetic', ['/fleet/status', '/fleet/tasks'], ['/fleet/assign_task', '/fleet/get_robots']), scoped: true }, [
          docker('fleet-server', 'fleet-manager/server', 'roslaunch acme_fleet server.launch', [['1.8.2', 720], ['1.8.1', 715], ['1.7.0', 690], ['1.6.3', 655]], now),
          docker('task-allocator', 'fleet-manager/allocator', 'rosrun acme_fleet allocator_node', [['1.8.2', 410], ['1.8.1', 402], ['1.7.0', 395]], now),
        ]),
      ],
    },
    telemetry: {
      name: 'telemetry-collector',
      version: 'v0.9.4',
      description: 'Collects robot metrics over HTTP and stores them in InfluxDB.',
      components: [
        component('collector', 'Metrics intake and storage', 'cloud', 'amd64', noRos, [
          docker('collector', 'telemetry/collector', '/usr/local/bin/collector --listen :8080', [['0.9.4', 185], ['0.9.3', 182], ['0.9.0', 176]], now),
          docker('influx-writer', 'telemetry/influxdb', 'influxd run', [['2.7.4', 372], ['2.7.1', 365], ['2.6.1', 350]], now),
        ]),
      ],
    },
    vision: {
      name: 'vision-inspection',
      version: 'v3.1.0',
      description: 'Camera driver and CUDA defect detector for inspection stations (ROS 2 Foxy, Jetson).',
      components: [
        component('inspection', 'Camera and detector', 'device', 'arm64v8', ros('foxy', ['/camera/image_raw', '/detections']), [
          docker('camera-driver', 'vision/camera-driver', 'ros2 launch acme_camera camera.launch.py', [['3.1.0', 640], ['3.0.2', 628], ['3.0.0', 620]], now),
          docker('detector', 'vision/detector-cuda', 'ros2 run acme_vision detector', [['3.1.0', 2480], ['3.0.2', 2410], ['3.0.0', 2390], ['2.9.1', 2305]], now),
        ]),
      ],
    },
    hybrid: {
      name: 'warehouse-hybrid',
      version: 'v1.2.0',
      description: 'Route planner in the cloud with an on-robot agent: the hybrid example.',
      components: [
        component('planner', 'Cloud route planner', 'cloud', 'amd64', ros('noetic', ['/plan', '/robot_states'], ['/planner/compute_route']), [
          docker('route-planner', 'hybrid/route-planner', 'roslaunch acme_planner planner.launch', [['1.2.0', 540], ['1.1.3', 533], ['1.1.0', 520]], now),
        ]),
        component('robot-agent', 'On-robot agent', 'device', 'arm64v8', ros('noetic', ['/robot_state', '/cmd_vel']), [
          docker('agent', 'hybrid/robot-agent', 'roslaunch acme_agent agent.launch', [['1.2.0', 260], ['1.1.3', 255], ['1.1.0', 249]], now),
        ]),
      ],
    },
    sensors: {
      name: 'sensor-gateway',
      version: 'v0.4.1',
      description: 'Reads environmental sensors on a Raspberry Pi and forwards them over MQTT.',
      components: [
        component('gateway', 'Sensor reader and MQTT bridge', 'device', 'arm32v7', noRos, [
          docker('gateway', 'sensors/gateway', '/app/gateway --bus /dev/i2c-1', [['0.4.1', 88], ['0.4.0', 85], ['0.3.7', 80]], now),
          docker('mqtt-bridge', 'sensors/mosquitto', 'mosquitto -c /mosquitto/config/mosquitto.conf', [['2.0.18', 52], ['2.0.15', 51], ['1.6.12', 50]], now),
        ]),
      ],
    },
    teleop: {
      name: 'turtlebot-teleop',
      version: 'v1.0.3',
      description: 'TurtleBot3 bring-up and keyboard teleop, run from the robot\'s own catkin workspace (preinstalled).',
      components: [
        component('teleop', 'Bring-up and teleop', 'device', 'amd64', ros('melodic', ['/cmd_vel', '/odom']), [
          preinstalled('bringup', 'roslaunch turtlebot3_bringup turtlebot3_robot.launch'),
          preinstalled('teleop', 'roslaunch turtlebot3_teleop turtlebot3_teleop_key.launch'),
        ], 'onfailure'),
      ],
    },
    ota: {
      name: 'ota-updater',
      version: 'v2.0.1',
      description: 'Over-the-air firmware updater for arm64 picking arms.',
      components: [
        component('updater', 'Firmware update agent', 'device', 'arm64v8', noRos, [
          docker('updater', 'ota/updater', '/usr/bin/ota-agent --channel stable', [['2.0.1', 140], ['2.0.0', 138], ['1.9.5', 131]], now),
        ]),
      ],
    },
    map: {
      name: 'map-server',
      version: 'v1.4.0',
      description: 'Serves the warehouse map to every robot on the routed network.',
      components: [
        component('map', 'Map server', 'cloud', 'amd64', ros('noetic', ['/map', '/map_metadata'], ['/static_map']), [
          docker('map-server', 'maps/map-server', 'rosrun map_server map_server /maps/warehouse.yaml', [['1.4.0', 455], ['1.3.2', 450], ['1.3.0', 441]], now),
        ]),
      ],
    },
    volume: {
      id: PERSISTENT_VOLUME_PACKAGE,
      name: PERSISTENT_VOLUME_PACKAGE,
      version: 'v1.0.0',
      description: 'The platform\'s persistent volume package: cloud disks are deployments of it.',
      components: [
        component('volume', 'Persistent volume', 'cloud', 'amd64', noRos, [
          docker('volume', 'platform/persistent-volume', '/bin/volume-agent', [['1.0.0', 62], ['0.9.2', 60], ['0.9.0', 58]], now),
        ]),
      ],
    },
  };
}
